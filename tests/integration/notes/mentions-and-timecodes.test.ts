import { describe, expect, it } from 'vitest';
import { mentionedUserIds, splitMentions } from '@/lib/notes/mentions';
import { formatNoteTime, parseNoteTime, parseTimecode } from '@/lib/notes/timecode';

const members = [
  { userId: 'ann', labels: ['Ann', 'ann@example.com'] },
  { userId: 'ann-lee', labels: ['Ann Lee', 'lee@example.com'] },
  { userId: 'bo', labels: ['Bo', 'bo@example.com'] },
];

describe('@mentions in a note body', () => {
  it('prefers the longest member name, in any case', () => {
    expect(mentionedUserIds('@ann lee and @ANN', members)).toEqual(['ann-lee', 'ann']);
  });

  it('matches an email, and ignores an address written without @ in front', () => {
    expect(mentionedUserIds('cc @bo@example.com; mail ann@example.com', members)).toEqual(['bo']);
  });

  it('needs a word boundary on both sides', () => {
    expect(mentionedUserIds('x@Bo, @Bob, @Bo.', members)).toEqual(['bo']);
  });

  it('keeps unknown names as plain text and cuts the body into segments', () => {
    expect(splitMentions('hi @Zed and @Bo!', members)).toEqual([
      { text: 'hi @Zed and ', userId: null },
      { text: '@Bo', userId: 'bo' },
      { text: '!', userId: null },
    ]);
  });
});

describe('timecodes', () => {
  it('formats a point and a range as m:ss', () => {
    expect(formatNoteTime(42.9, null)).toBe('0:42');
    expect(formatNoteTime(42, 48)).toBe('0:42–0:48');
    expect(formatNoteTime(3725, null)).toBe('1:02:05');
  });

  it('reads what people type, and says null for what is not a time', () => {
    expect(parseTimecode('0:42')).toBe(42);
    expect(parseTimecode('42')).toBe(42);
    expect(parseTimecode('1:02:05')).toBe(3725);
    expect(parseTimecode('0:42.5')).toBe(42.5);
    expect(parseTimecode('0:75')).toBeNull();
    expect(parseTimecode('soon')).toBeNull();
    expect(parseNoteTime('0:42–0:48')).toEqual({ startSec: 42, endSec: 48 });
    expect(parseNoteTime('0:42 - 0:48')).toEqual({ startSec: 42, endSec: 48 });
    expect(parseNoteTime('1:10')).toEqual({ startSec: 70, endSec: null });
    expect(parseNoteTime('0:42–later')).toBeNull();
  });
});
