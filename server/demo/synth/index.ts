import { dbToGain } from '@/lib/dsp/db';
import { BAR_SEC, BPM, SECTIONS, songDurationSec } from './arrangement';
import { renderBassStem } from './bassStem';
import type { DemoSong, SynthesizeDemoSongOptions } from './demoSong';
import { renderDrumsStem } from './drumsStem';
import { applyEndFade } from './endFade';
import { renderKeysStem } from './keysStem';
import { renderLeadStem } from './leadStem';
import { applyLinkedLimiter } from './linkedLimiter';
import { applyGain, peakOf, peakOfSum } from './peakLevel';
import { createPrng } from './prng';
import type { StereoBuffer } from './stereoBuffer';

export type { DemoMarker, DemoSong, DemoStem, SynthesizeDemoSongOptions } from './demoSong';

const DEFAULT_SAMPLE_RATE = 48000;
const DEFAULT_SEED = 0x5eed;
const END_FADE_SEC = 0.3;
// Each stem is first normalized to this peak, which sets the balance. The values were chosen by
// measured loudness (the four land within ~2.5 LU of each other): sustained parts (bass, lead) reach
// a given loudness at a much lower peak than the drums' transients, hence their lower peaks.
const STEM_PEAK_DB = { drums: -3.5, bass: -9.5, keys: -8, lead: -10 } as const;
// The summed stems must stay below -1 dBFS; this leaves a little margin.
const MIX_CEILING_DB = -1.1;
// The stems are first scaled so the raw sum would peak this far over the ceiling; the linked limiter then
// takes the few coinciding downbeat hits back under it. Without it, those rare stacks would force every
// stem down by the same amount and leave the whole song quiet.
const MIX_OVERSHOOT_DB = 2;

type StemId = keyof typeof STEM_PEAK_DB;

const STEMS: readonly { id: StemId; name: string; render: typeof renderDrumsStem }[] = [
  { id: 'drums', name: 'Drums', render: renderDrumsStem },
  { id: 'bass', name: 'Bass', render: renderBassStem },
  { id: 'keys', name: 'Keys', render: renderKeysStem },
  { id: 'lead', name: 'Lead', render: renderLeadStem },
];

/** Synthesizes the 35.5-second demo song (A minor, 120 bpm) as four stereo stems with section markers. */
export const synthesizeDemoSong = (options: SynthesizeDemoSongOptions = {}): DemoSong => {
  const sampleRate = options.sampleRate ?? DEFAULT_SAMPLE_RATE;
  const seed = options.seed ?? DEFAULT_SEED;
  const durationSec = songDurationSec();
  const stems = STEMS.map(({ id, name, render }, index) => {
    // One generator per stem keeps a stem's randomness independent of the others' note counts.
    const buffer: StereoBuffer = render(sampleRate, durationSec, createPrng(seed * 31 + index));
    const channels = [buffer.left, buffer.right];
    applyEndFade(channels, END_FADE_SEC, sampleRate);
    applyGain(channels, dbToGain(STEM_PEAK_DB[id]) / peakOf(channels));
    return { name, fileStem: id, channels };
  });
  const allChannels = stems.map((stem) => stem.channels);
  const ceiling = dbToGain(MIX_CEILING_DB);
  const mixGain = dbToGain(MIX_CEILING_DB + MIX_OVERSHOOT_DB) / peakOfSum(allChannels);
  for (const channels of allChannels) applyGain(channels, mixGain);
  applyLinkedLimiter(allChannels, ceiling, sampleRate);
  return {
    title: 'First Light (Mixroom demo)',
    bpm: BPM,
    durationSec: stems[0]!.channels[0]!.length / sampleRate,
    stems,
    markers: SECTIONS.map((section) => ({ name: section.name, atSec: section.startBar * BAR_SEC })),
  };
};
