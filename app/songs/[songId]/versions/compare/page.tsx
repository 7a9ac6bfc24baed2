import Link from 'next/link';
import { AbPlayer } from '@/components/versions/AbPlayer';
import { formatFigure } from '@/components/versions/versionView';
import { requirePageUser } from '@/lib/auth/page-user';
import { appContext } from '@/lib/context';
import { loadPage } from '@/lib/http/page-data';
import { compareVersions } from '@/lib/versions/compare-versions';

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ songId: string }>;
  searchParams: Promise<{ a?: string; b?: string }>;
}) {
  const { songId } = await params;
  const { a, b } = await searchParams;
  const user = await requirePageUser(`/songs/${songId}/versions`);
  const back = (
    <p className="muted small">
      <Link href={`/songs/${songId}/versions`}>Back to the versions</Link>
    </p>
  );
  if (!a || !b)
    return (
      <div className="stack">
        {back}
        <p className="empty">Pick two versions to compare on the versions page.</p>
      </div>
    );
  const data = await loadPage(() => compareVersions(appContext().db, user.userId, a, b));
  if (!data.ok) return <p className="error">{data.message}</p>;
  const c = data.value;
  return (
    <div className="stack">
      {back}
      <h1>
        {c.a.name} → {c.b.name}
      </h1>
      <h2>What changed</h2>
      {c.changes.length === 0 ? (
        <p className="empty">Nothing: the two versions hold the same mix.</p>
      ) : (
        <ul className="list" aria-label="Changes">
          {c.changes.map((change, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is static for this page
            <li key={i}>{change.text}</li>
          ))}
        </ul>
      )}
      <h2>Loudness</h2>
      <table aria-label="Loudness of the two versions">
        <thead>
          <tr>
            <th>Version</th>
            <th className="num">Integrated</th>
            <th className="num">LRA</th>
            <th className="num">True peak</th>
          </tr>
        </thead>
        <tbody>
          {[c.a, c.b].map((v) => (
            <tr key={v.id}>
              <td>
                {v.name} {v.label}
              </td>
              <td className="num">{formatFigure(v.bounce.loudness?.integratedLufs, 'LUFS')}</td>
              <td className="num">{formatFigure(v.bounce.loudness?.loudnessRangeLu, 'LU')}</td>
              <td className="num">{formatFigure(v.bounce.loudness?.truePeakDbtp, 'dBTP')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.loudness ? (
        <>
          <p data-testid="loudness-difference">
            {c.b.name} is {Math.abs(c.loudness.differenceLu).toFixed(1)} LU{' '}
            {c.loudness.differenceLu >= 0 ? 'louder' : 'quieter'} than {c.a.name}. Matched playback:{' '}
            {c.a.name} at {c.loudness.gainDbA.toFixed(1)} dB, {c.b.name} at {c.loudness.gainDbB.toFixed(1)}{' '}
            dB.
          </p>
          <AbPlayer
            a={{ name: c.a.name, url: `/api/v1/versions/${c.a.id}/bounce`, gainDb: c.loudness.gainDbA }}
            b={{ name: c.b.name, url: `/api/v1/versions/${c.b.id}/bounce`, gainDb: c.loudness.gainDbB }}
          />
        </>
      ) : (
        <p className="empty">
          The A/B player appears once both bounces are ready (they render in the background).
        </p>
      )}
    </div>
  );
}
