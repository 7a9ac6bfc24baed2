import { describe, expect, it } from 'vitest';
import { median } from '@/lib/album/album-view';
import { approvalStatus, type DecisionInput } from '@/lib/approvals/approval-status';
import { csvText } from '@/lib/handoff/csv';
import { formatReaperTime, reaperMarkersCsv } from '@/lib/handoff/reaper-markers-csv';
import { loudnessMatch } from '@/lib/versions/loudness-match';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
const d = (userId: string, role: DecisionInput['role'], decision: DecisionInput['decision'], s: number) => ({
  userId,
  role,
  decision,
  createdAt: at(s),
});

describe('the approval rule', () => {
  const required = ['artist', 'mix_engineer'] as const;

  it('approves when every required role approves, counting only each member’s latest decision', () => {
    const status = approvalStatus(
      [
        d('a', 'artist', 'approve', 1),
        d('m', 'mix_engineer', 'approve', 2),
        d('a', 'artist', 'request_changes', 3),
      ],
      [...required],
    );
    expect(status).toMatchObject({ approved: false, waitingFor: ['artist'], changesRequestedBy: ['artist'] });
    expect(
      approvalStatus(
        [
          d('a', 'artist', 'request_changes', 1),
          d('a', 'artist', 'approve', 2),
          d('m', 'mix_engineer', 'approve', 3),
        ],
        [...required],
      ).approved,
    ).toBe(true);
  });

  it('holds the approval while anyone in a required role still asks for changes', () => {
    const status = approvalStatus(
      [
        d('a1', 'artist', 'approve', 1),
        d('a2', 'artist', 'request_changes', 2),
        d('m', 'mix_engineer', 'approve', 3),
      ],
      [...required],
    );
    expect(status.approved).toBe(false);
    expect(status.changesRequestedBy).toEqual(['artist']);
  });

  it('never approves with no required roles or no decisions', () => {
    expect(approvalStatus([d('a', 'artist', 'approve', 1)], []).approved).toBe(false);
    expect(approvalStatus([], [...required]).waitingFor).toEqual(['artist', 'mix_engineer']);
  });
});

describe('handoff files', () => {
  it('writes Reaper marker CSV with M and R ids and m:ss.fff times', () => {
    expect(formatReaperTime(62.5)).toBe('1:02.500');
    expect(formatReaperTime(0)).toBe('0:00.000');
    expect(formatReaperTime(3599.9996)).toBe('60:00.000');
    expect(
      reaperMarkersCsv([
        { name: 'Chorus', startSec: 30 },
        { name: 'Too loud, here', startSec: 10, endSec: 12.25 },
        { name: 'Intro', startSec: 0 },
      ]),
    ).toBe(
      '#,Name,Start,End,Length\r\nM1,Intro,0:00.000,,\r\nR1,"Too loud, here",0:10.000,0:12.250,0:02.250\r\nM2,Chorus,0:30.000,,\r\n',
    );
  });

  it('quotes CSV fields holding commas, quotes and line breaks', () => {
    expect(csvText([['a', 'b,c', 'say "hi"', 'two\nlines', null, 1.5]])).toBe(
      'a,"b,c","say ""hi""","two\nlines",,1.5\r\n',
    );
  });
});

describe('loudness matching and the album median', () => {
  it('turns the louder version down by the difference and never boosts the quieter one', () => {
    expect(loudnessMatch(-14, -10)).toEqual({ differenceLu: 4, gainDbA: 0, gainDbB: -4 });
    expect(loudnessMatch(-9, -12)).toEqual({ differenceLu: -3, gainDbA: -3, gainDbB: 0 });
    expect(loudnessMatch(null, -12)).toBeNull();
  });

  it('takes the median of odd and even counts', () => {
    expect(median([-9, -14, -14.5])).toBe(-14);
    expect(median([-10, -12, -14, -20])).toBe(-13);
    expect(median([])).toBeNull();
  });
});
