import { formatDuration } from '@/lib/format/duration';
import type { stemSummary } from '@/lib/songs/service';

type Stem = ReturnType<typeof stemSummary>;

/** The song's stems with the facts decoded at upload and their analysis state. */
export function StemTable({ stems }: { stems: Stem[] }) {
  if (stems.length === 0)
    return <p className="empty">No stems yet. Upload the song&apos;s stems to start the mix.</p>;
  return (
    <table aria-label="Stems">
      <thead>
        <tr>
          <th>Stem</th>
          <th>Format</th>
          <th className="num">Sample rate</th>
          <th className="num">Channels</th>
          <th className="num">Duration</th>
          <th className="num">Loudness</th>
          <th>
            <span className="sr-only">Download</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {stems.map((stem) => (
          <tr key={stem.id} data-stem-id={stem.id}>
            <td>{stem.name}</td>
            <td>
              {stem.format.toUpperCase()}
              {stem.bitDepth ? ` ${stem.bitDepth}-bit` : ''}
            </td>
            <td className="num">{(stem.sampleRate / 1000).toFixed(1)} kHz</td>
            <td className="num">{stem.channels}</td>
            <td className="num" data-testid="stem-duration">
              {formatDuration(stem.durationSec)}
            </td>
            <td className="num">{loudnessCell(stem)}</td>
            <td>
              <a href={`/api/v1/stems/${stem.id}/file`} download aria-label={`Download ${stem.name}`}>
                Download
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function loudnessCell(stem: Stem): string {
  const a = stem.analysis;
  if (a.state === 'ready' && a.loudness) {
    return a.loudness.integratedLufs === null ? 'silent' : `${a.loudness.integratedLufs.toFixed(1)} LUFS`;
  }
  if (a.state === 'analysing') return `analysing ${Math.round(a.progress * 100)}%`;
  if (a.state === 'failed') return `failed: ${a.error ?? ''}`;
  return 'queued';
}
