import {
  BEAT_SEC,
  beatToSec,
  CHORUS_BAR,
  DRUMS_IN_BAR,
  kickStepsForBar,
  OUTRO_BAR,
  TOTAL_BARS,
} from './arrangement';
import { applyBusGlue } from './busGlue';
import { renderClap } from './clap';
import { renderCrash } from './crash';
import { type HiHatKind, renderHiHat } from './hiHat';
import { renderKick } from './kick';
import { jitter, type Prng } from './prng';
import { addReverb } from './reverb';
import { renderShaker } from './shaker';
import { renderSnare } from './snare';
import { createStereoBuffer, mixInto, type StereoBuffer } from './stereoBuffer';

const STEP_BEATS = 0.25;
// Late off-beat 16ths give the hats a light, human swing.
const SWING_SEC = 0.012;
const HAT_PAN = -0.3;
// The kit's internal balance (linear gain per voice); the kick's sine body carries far more energy than
// noise voices at the same peak, so those need a lift to be heard at a similar loudness.
const LEVEL = { kick: 1, snare: 2.4, clap: 2.4, hats: 1.8, shaker: 1.6, crash: 1.6 } as const;
const SHAKER_PAN = 0.4;

interface HatHit {
  atSec: number;
  kind: HiHatKind;
  velocity: number;
}

const stepSec = (bar: number, step: number): number =>
  beatToSec(bar, step * STEP_BEATS) + (step % 2 === 1 ? SWING_SEC : 0);

const hatHitsForBar = (bar: number, prng: Prng): HatHit[] => {
  const hits: HatHit[] = [];
  const human = () => jitter(prng, 0.003);
  if (bar >= OUTRO_BAR) return hits;
  const isChorus = bar >= CHORUS_BAR;
  for (let step = 0; step < 16; step++) {
    const isOpen = isChorus ? step === 6 || step === 14 : bar === DRUMS_IN_BAR - 1 && step === 14;
    if (isOpen) {
      hits.push({ atSec: stepSec(bar, step) + human(), kind: 'open', velocity: 0.3 + jitter(prng, 0.03) });
      continue;
    }
    const onEighth = step % 2 === 0;
    if (!isChorus && !onEighth) continue;
    // Louder on the beat than on the "and", quietest on the 16ths: the accent pattern is the groove.
    const accent = step % 4 === 0 ? 0.42 : onEighth ? 0.3 : 0.18;
    const introFade = bar < DRUMS_IN_BAR ? 0.6 + 0.1 * bar : 1;
    hits.push({
      atSec: stepSec(bar, step) + human(),
      kind: 'closed',
      velocity: accent * introFade * (1 + jitter(prng, 0.1)),
    });
  }
  return hits;
};

// Enough drive to round off snare and kick transients by ~4 dB without audibly distorting them.
const GLUE_DRIVE = 2;

/** Renders the drum kit for the whole song: kick, snare (+clap in the chorus), hats, shaker, crashes. */
export const renderDrumsStem = (sampleRate: number, durationSec: number, prng: Prng): StereoBuffer => {
  const out = createStereoBuffer(sampleRate, durationSec);
  const snareBus = createStereoBuffer(sampleRate, durationSec);
  const hats: HatHit[] = [];

  for (let bar = 0; bar < TOTAL_BARS; bar++) {
    hats.push(...hatHitsForBar(bar, prng));
    if (bar < DRUMS_IN_BAR) continue;
    if (bar === OUTRO_BAR) {
      renderKick(out, beatToSec(bar, 0), LEVEL.kick);
      renderCrash(out, beatToSec(bar, 0), 0.22 * LEVEL.crash, prng);
      continue;
    }
    const isChorus = bar >= CHORUS_BAR;
    for (const step of kickStepsForBar(bar)) {
      const velocity = step % 4 === 0 ? 1 : 0.75;
      renderKick(out, stepSec(bar, step), LEVEL.kick * velocity * (1 + jitter(prng, 0.03)));
    }
    for (const step of [4, 12]) {
      renderSnare(
        snareBus,
        stepSec(bar, step) + jitter(prng, 0.002),
        LEVEL.snare * (0.9 + jitter(prng, 0.05)),
        prng,
      );
      if (isChorus) renderClap(snareBus, stepSec(bar, step) + 0.004, LEVEL.clap * 0.45, prng);
    }
    // A soft three-note snare pickup leads the ear from the verse into the chorus.
    if (bar === CHORUS_BAR - 1) {
      for (const [step, velocity] of [
        [13, 0.3],
        [14, 0.4],
        [15, 0.55],
      ] as const) {
        renderSnare(snareBus, stepSec(bar, step), LEVEL.snare * velocity, prng);
      }
    }
    if (bar === CHORUS_BAR) renderCrash(out, beatToSec(bar, 0), 0.25 * LEVEL.crash, prng);
    if (bar >= CHORUS_BAR - 4) {
      for (let step = 0; step < 16; step++) {
        const velocity = (step % 2 === 1 ? 0.32 : 0.2) * (1 + jitter(prng, 0.15));
        renderShaker(
          out,
          stepSec(bar, step) + jitter(prng, 0.003),
          LEVEL.shaker * velocity,
          SHAKER_PAN,
          prng,
        );
      }
    }
  }

  for (let i = 0; i < hats.length; i++) {
    const hit = hats[i]!;
    const nextSec = hats[i + 1]?.atSec ?? hit.atSec + 4 * BEAT_SEC;
    renderHiHat(out, hit.atSec, hit.kind, LEVEL.hats * hit.velocity, nextSec - hit.atSec, HAT_PAN, prng);
  }

  addReverb(snareBus, out, { wetGain: 0.35, roomFeedback: 0.72, damping: 0.45 });
  mixInto(out, snareBus, 1);
  applyBusGlue(out, GLUE_DRIVE);
  return out;
};
