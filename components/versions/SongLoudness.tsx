import { formatLufs, formatTruePeak, truePeakIsHot } from '@/lib/format/loudness';

interface Props {
  figures: {
    versionName: string;
    approved: boolean;
    loudness: { integratedLufs: number | null; loudnessRangeLu: number | null; truePeakDbtp: number | null };
  } | null;
}

/** The song's loudness, integrated / LRA / true peak, from its (approved) version's bounce. */
export function SongLoudness({ figures }: Props) {
  if (!figures) {
    return <p className="muted small">Song loudness: save a version to have its bounce measured.</p>;
  }
  const { loudness } = figures;
  const hot = truePeakIsHot(loudness.truePeakDbtp);
  return (
    <p className="small" data-testid="song-loudness">
      Song loudness ({figures.versionName}
      {figures.approved ? ', approved' : ''} bounce): <strong>{formatLufs(loudness.integratedLufs)}</strong> ·
      LRA {loudness.loudnessRangeLu === null ? '–' : `${loudness.loudnessRangeLu.toFixed(1)} LU`} ·{' '}
      <span
        className={hot ? 'error' : undefined}
        title={hot ? 'True peak above -1 dBTP: may clip after encoding' : undefined}
      >
        {formatTruePeak(loudness.truePeakDbtp)}
        {hot ? ' ⚠' : ''}
      </span>
    </p>
  );
}
