'use client';
import { formatDuration } from '@/lib/format/duration';
import { formatLufs, formatTruePeak, truePeakIsHot } from '@/lib/format/loudness';
import { useLiveStems } from './useLiveStems';

export interface StemRow {
  id: string;
  name: string;
  format: string;
  bitDepth: number | null;
  sampleRate: number;
  channels: number;
  durationSec: number;
  analysis: {
    state: 'queued' | 'analysing' | 'ready' | 'failed';
    progress: number;
    error: string | null;
    loudness: {
      integratedLufs: number | null;
      truePeakDbtp: number | null;
      loudnessRangeLu: number | null;
    } | null;
  };
}

/** The song's stems: facts decoded at upload, and the background analysis as it progresses. */
export function StemTable({ songId, initial }: { songId: string; initial: StemRow[] }) {
  // Live: a new stem or an analysis step (anyone's) arrives on the song's event stream.
  const stems = useLiveStems(songId, initial);

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
          <th className="num">Integrated</th>
          <th className="num">True peak</th>
          <th className="num">LRA</th>
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
            <AnalysisCells stem={stem} />
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

function AnalysisCells({ stem }: { stem: StemRow }) {
  const a = stem.analysis;
  if (a.state === 'ready' && a.loudness) {
    const tp = a.loudness.truePeakDbtp;
    const hot = truePeakIsHot(tp);
    return (
      <>
        <td className="num" data-testid="stem-lufs">
          {formatLufs(a.loudness.integratedLufs)}
        </td>
        <td
          className={`num${hot ? ' error' : ''}`}
          title={hot ? 'True peak above -1 dBTP: may clip after encoding' : undefined}
        >
          {formatTruePeak(tp)}
          {hot ? ' ⚠' : ''}
        </td>
        <td className="num">
          {a.loudness.loudnessRangeLu === null ? '–' : `${a.loudness.loudnessRangeLu.toFixed(1)} LU`}
        </td>
      </>
    );
  }
  return (
    <td className="num" colSpan={3} data-testid="stem-analysis">
      {a.state === 'analysing' && (
        <progress
          max={1}
          value={a.progress}
          aria-label={`Analysis of ${stem.name}`}
          style={{ width: '6rem' }}
        />
      )}{' '}
      {a.state === 'failed' ? (
        <span className="error">Analysis failed: {a.error}</span>
      ) : a.state === 'analysing' ? (
        `analysing ${Math.round(a.progress * 100)}%`
      ) : (
        'queued for analysis'
      )}
    </td>
  );
}
