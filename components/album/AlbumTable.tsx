import Link from 'next/link';
import { formatFigure } from '@/components/versions/versionView';

/** A song of the album as the album view shows it. */
export interface AlbumSongView {
  songId: string;
  title: string;
  version: {
    name: string;
    label: string;
    approved: boolean;
    bounce: { state: string; progress: number };
  } | null;
  integratedLufs: number | null;
  loudnessRangeLu: number | null;
  truePeakDbtp: number | null;
  fromMedianLu: number | null;
  outlier: boolean;
}

/** Songs side by side: the version each is judged by, its loudness, and a flag far from the album median. */
export function AlbumTable({ songs, outlierLu }: { songs: AlbumSongView[]; outlierLu: number }) {
  return (
    <table aria-label="Album">
      <thead>
        <tr>
          <th>Song</th>
          <th>Version</th>
          <th className="num">Integrated</th>
          <th className="num">From median</th>
          <th className="num">LRA</th>
          <th className="num">True peak</th>
        </tr>
      </thead>
      <tbody>
        {songs.map((s) => (
          <tr key={s.songId} data-outlier={s.outlier ? 'true' : undefined}>
            <td>
              <Link href={`/songs/${s.songId}/versions`}>{s.title}</Link>
            </td>
            <td>
              {s.version ? (
                <>
                  {s.version.name} {s.version.label}{' '}
                  {s.version.approved ? (
                    <span className="badge">Approved</span>
                  ) : (
                    <span className="muted small">latest, not approved</span>
                  )}
                  {s.version.bounce.state !== 'ready' && (
                    <span className="muted small"> · bounce {s.version.bounce.state}</span>
                  )}
                </>
              ) : (
                <span className="muted">no version saved yet</span>
              )}
            </td>
            <td className="num">{formatFigure(s.integratedLufs, 'LUFS')}</td>
            <td className={`num${s.outlier ? ' error' : ''}`}>
              {s.fromMedianLu === null
                ? '–'
                : `${s.fromMedianLu > 0 ? '+' : ''}${s.fromMedianLu.toFixed(1)} LU`}
              {s.outlier && (
                <span title={`More than ${outlierLu} LU from the album median`}>
                  {' '}
                  ⚠ <span className="sr-only">more than {outlierLu} LU from the album median</span>
                </span>
              )}
            </td>
            <td className="num">{formatFigure(s.loudnessRangeLu, 'LU')}</td>
            <td className="num">{formatFigure(s.truePeakDbtp, 'dBTP')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
