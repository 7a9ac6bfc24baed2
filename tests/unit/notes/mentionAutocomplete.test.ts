import { describe, expect, it } from 'vitest';
import { insertMention, matchMentionables, mentionQueryAt } from '@/components/notes/mentionAutocomplete';

const members = [
  { userId: 'a', name: 'Ann Lee', email: 'ann@studio.test' },
  { userId: 'b', name: 'Bo Anders', email: 'bo@studio.test' },
  { userId: 'c', name: 'Cleo', email: 'mastering@studio.test' },
];

describe('@mention autocomplete', () => {
  it('finds the mention being typed before the caret, and nothing elsewhere', () => {
    expect(mentionQueryAt('kick is loud @an', 16)).toEqual({ start: 13, query: 'an' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('thanks @Ann L', 13)).toEqual({ start: 7, query: 'Ann L' });
    // An email address is not a mention, nor is text after a line break or a leading space.
    expect(mentionQueryAt('mail me@home', 12)).toBeNull();
    expect(mentionQueryAt('@ann\nmore', 9)).toBeNull();
    expect(mentionQueryAt('@ ann', 5)).toBeNull();
    expect(mentionQueryAt('no mention here', 15)).toBeNull();
  });

  it('offers names and emails that start with the query first, then names with a word that does', () => {
    expect(matchMentionables(members, 'an').map((m) => m.userId)).toEqual(['a', 'b']);
    expect(matchMentionables(members, 'master').map((m) => m.userId)).toEqual(['c']);
    expect(matchMentionables(members, '').map((m) => m.userId)).toEqual(['a', 'b', 'c']);
    expect(matchMentionables(members, 'zed')).toEqual([]);
  });

  it('replaces the typed mention with the full name, a space only where none or no punctuation follows', () => {
    expect(insertMention('hey @an, the kick', 4, 7, members[0]!)).toEqual({
      text: 'hey @Ann Lee, the kick',
      caret: 12,
    });
    expect(insertMention('@bo', 0, 3, members[1]!)).toEqual({ text: '@Bo Anders ', caret: 11 });
    expect(insertMention('@bo more', 0, 3, members[1]!)).toEqual({ text: '@Bo Anders more', caret: 10 });
  });
});
