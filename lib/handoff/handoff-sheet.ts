import type { LoudnessFigures } from '@/db/schema/songs';

/** What the handoff sheet states about the delivered version. */
export interface HandoffSheetData {
  projectName: string;
  songTitle: string;
  versionName: string;
  versionLabel: string;
  savedBy: string;
  savedAt: Date;
  approvedAt: Date;
  approvals: { name: string; role: string; decision: string; comment: string; at: Date }[];
  sampleRate: number;
  durationSec: number;
  loudness: LoudnessFigures;
  files: { name: string; what: string }[];
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const figure = (value: number | null | undefined, unit: string): string =>
  value == null ? '—' : `${value.toFixed(1)} ${unit}`;

/** m:ss.fff */
const duration = (sec: number): string => {
  const minutes = Math.floor(sec / 60);
  return `${minutes}:${(sec - minutes * 60).toFixed(3).padStart(6, '0')}`;
};

/** The handoff sheet: one self-contained HTML page a mastering engineer can open or print. */
export function handoffSheetHtml(d: HandoffSheetData): string {
  const row = (label: string, value: string) =>
    `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  const approvals = d.approvals
    .map(
      (a) =>
        `<tr><td>${escapeHtml(a.name)}</td><td>${escapeHtml(a.role)}</td><td>${escapeHtml(a.decision)}</td><td>${escapeHtml(a.at.toISOString())}</td><td>${escapeHtml(a.comment)}</td></tr>`,
    )
    .join('\n');
  const files = d.files
    .map((f) => `<li><code>${escapeHtml(f.name)}</code> — ${escapeHtml(f.what)}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Handoff — ${escapeHtml(d.songTitle)} ${escapeHtml(d.versionName)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}th,td{text-align:left;padding:.2rem .8rem .2rem 0;vertical-align:top}</style></head>
<body>
<h1>Handoff to mastering</h1>
<table>
${row('Project', d.projectName)}
${row('Song', d.songTitle)}
${row('Version', `${d.versionName} — ${d.versionLabel}`)}
${row('Saved', `${d.savedAt.toISOString()} by ${d.savedBy}`)}
${row('Approved', d.approvedAt.toISOString())}
${row('Sample rate', `${d.sampleRate} Hz`)}
${row('Bit depth', '24-bit PCM WAV, stereo')}
${row('Duration', duration(d.durationSec))}
${row('Integrated loudness', figure(d.loudness.integratedLufs, 'LUFS'))}
${row('Loudness range (LRA)', figure(d.loudness.loudnessRangeLu, 'LU'))}
${row('True peak', figure(d.loudness.truePeakDbtp, 'dBTP'))}
${row('Sample peak', figure(d.loudness.samplePeakDbfs, 'dBFS'))}
</table>
<h2>Approvals</h2>
<table>
<thead><tr><th scope="col">Who</th><th scope="col">Role</th><th scope="col">Decision</th><th scope="col">When</th><th scope="col">Comment</th></tr></thead>
<tbody>
${approvals}
</tbody>
</table>
<h2>Files</h2>
<ul>
${files}
</ul>
</body>
</html>
`;
}
