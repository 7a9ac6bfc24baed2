import { formatFigure, type VersionView } from './versionView';

/** A version's bounce: queued / rendering n% / the loudness figures / why it failed. */
export function BounceStatus({ version }: { version: VersionView }) {
  const b = version.bounce;
  if (b.state === 'ready')
    return (
      <span data-testid="bounce-figures">
        {formatFigure(b.loudness?.integratedLufs, 'LUFS')} · LRA{' '}
        {formatFigure(b.loudness?.loudnessRangeLu, 'LU')} · TP{' '}
        {formatFigure(b.loudness?.truePeakDbtp, 'dBTP')}{' '}
        <a
          href={`/api/v1/versions/${version.id}/bounce`}
          download
          aria-label={`Download the bounce of ${version.name}`}
        >
          WAV
        </a>
      </span>
    );
  if (b.state === 'failed') return <span className="error">Bounce failed: {b.error}</span>;
  if (b.state === 'rendering')
    return (
      <span>
        <progress
          max={1}
          value={b.progress}
          aria-label={`Bounce of ${version.name}`}
          style={{ width: '5rem' }}
        />{' '}
        rendering {Math.round(b.progress * 100)}%
      </span>
    );
  return <span className="muted">queued for bounce</span>;
}
