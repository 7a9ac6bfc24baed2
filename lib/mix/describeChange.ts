import type { BandRef, EqScope, MixChange } from './diffMix';
import { formatDb, formatHz, formatPan, formatQ, formatSec } from './format';

const bandLabel = (band: BandRef): string => `EQ band ${band.bandNumber} (${band.bandType})`;

const scopeLabel = (scope: EqScope): string => (scope.kind === 'master' ? 'Master' : scope.trackName);

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

const laneLabel = (change: Extract<MixChange, { kind: 'automation-changed' }>): string => {
  if (change.target === 'gain') return 'gain';
  if (change.target === 'pan') return 'pan';
  const param = change.target.endsWith('.freqHz') ? 'frequency' : 'gain';
  return change.band ? `${bandLabel(change.band)} ${param}` : `EQ ${param}`;
};

const countsLabel = (added: number, removed: number, moved: number): string => {
  const parts: string[] = [];
  if (added > 0) parts.push(`${plural(added, 'point')} added`);
  if (removed > 0)
    parts.push(parts.length === 0 ? `${plural(removed, 'point')} removed` : `${removed} removed`);
  if (moved > 0) parts.push(parts.length === 0 ? `${plural(moved, 'point')} moved` : `${moved} moved`);
  return parts.join(', ');
};

const describeEqParam = (change: Extract<MixChange, { kind: 'eq-band-changed' }>): string => {
  switch (change.param) {
    case 'type':
      return `type ${change.from} → ${change.to}`;
    case 'freqHz':
      return `frequency ${formatHz(change.from)} → ${formatHz(change.to)}`;
    case 'gainDb':
      return `gain ${formatDb(change.from)} → ${formatDb(change.to)} dB at ${formatHz(change.band.freqHz)}`;
    case 'q':
      return `Q ${formatQ(change.from)} → ${formatQ(change.to)} at ${formatHz(change.band.freqHz)}`;
    case 'on':
      return change.to ? 'switched on' : 'switched off';
  }
};

/** One change in words an engineer reads, e.g. "Vocals: gain -3.0 → -1.5 dB" or "Drums: pan 20L → C". */
export const describeChange = (change: MixChange): string => {
  switch (change.kind) {
    case 'track-added':
      return `Track ${change.track.trackName} added`;
    case 'track-removed':
      return `Track ${change.track.trackName} removed`;
    case 'track-renamed':
      return `Track ${change.from} renamed to ${change.to}`;
    case 'track-stem':
      return `${change.track.trackName}: stem replaced`;
    case 'track-moved':
      return `${change.track.trackName}: moved from position ${change.from} to ${change.to}`;
    case 'track-gain':
      return `${change.track.trackName}: gain ${formatDb(change.from)} → ${formatDb(change.to)} dB`;
    case 'track-pan':
      return `${change.track.trackName}: pan ${formatPan(change.from)} → ${formatPan(change.to)}`;
    case 'track-mute':
      return `${change.track.trackName}: ${change.to ? 'muted' : 'unmuted'}`;
    case 'track-solo':
      return `${change.track.trackName}: ${change.to ? 'soloed' : 'solo off'}`;
    case 'eq-band-added':
      return `${scopeLabel(change.scope)}: ${bandLabel(change.band)} added at ${formatHz(change.band.freqHz)}`;
    case 'eq-band-removed':
      return `${scopeLabel(change.scope)}: ${bandLabel(change.band)} removed`;
    case 'eq-band-changed':
      return `${scopeLabel(change.scope)}: ${bandLabel(change.band)} ${describeEqParam(change)}`;
    case 'automation-changed':
      return `${change.track.trackName}: ${laneLabel(change)} automation changed (${countsLabel(change.added, change.removed, change.moved)})`;
    case 'master-gain':
      return `Master: gain ${formatDb(change.from)} → ${formatDb(change.to)} dB`;
    case 'marker-added':
      return `Marker ${change.marker.name} added at ${formatSec(change.marker.atSec)}`;
    case 'marker-removed':
      return `Marker ${change.marker.name} removed`;
    case 'marker-changed':
      return change.from.name === change.to.name
        ? `Marker ${change.to.name} moved ${formatSec(change.from.atSec)} → ${formatSec(change.to.atSec)}`
        : `Marker ${change.from.name} renamed to ${change.to.name}${change.from.atSec === change.to.atSec ? '' : ` and moved to ${formatSec(change.to.atSec)}`}`;
  }
};
