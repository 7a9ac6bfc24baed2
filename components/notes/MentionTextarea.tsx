'use client';
import { type KeyboardEvent, type Ref, type TextareaHTMLAttributes, useId, useRef, useState } from 'react';
import { insertMention, type Mentionable, matchMentionables, mentionQueryAt } from './mentionAutocomplete';
import styles from './notes.module.css';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onValueChange(value: string): void;
  members: readonly Mentionable[];
  textareaRef?: Ref<HTMLTextAreaElement>;
};

/**
 * A textarea that offers the project's members while an @mention is typed: ↑/↓ choose, Enter or
 * Tab inserts "@Name ", Escape closes the list; clicking a name inserts it too.
 */
export function MentionTextarea({ value, onValueChange, members, textareaRef, onKeyDown, ...rest }: Props) {
  const listId = useId();
  const own = useRef<HTMLTextAreaElement | null>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const options = mention === null ? [] : matchMentionables(members, mention.query);
  const open = options.length > 0 && mention !== null && dismissedAt !== mention.start;

  const refresh = (text: string, caret: number) => {
    const next = mentionQueryAt(text, caret);
    setMention(next);
    if (next?.query !== mention?.query) setActive(0);
  };
  const choose = (member: Mentionable) => {
    const el = own.current;
    if (!el || mention === null) return;
    const { text, caret } = insertMention(value, mention.start, el.selectionStart ?? value.length, member);
    onValueChange(text);
    setMention(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(caret, caret);
    });
  };
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i + step + options.length) % options.length);
        return;
      }
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        event.preventDefault();
        choose(options[Math.min(active, options.length - 1)]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissedAt(mention!.start);
        return;
      }
    }
    onKeyDown?.(event);
  };

  return (
    <span className={styles.mentionField}>
      <textarea
        {...rest}
        ref={(el) => {
          own.current = el;
          if (typeof textareaRef === 'function') textareaRef(el);
          else if (textareaRef) (textareaRef as { current: HTMLTextAreaElement | null }).current = el;
        }}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          onValueChange(e.target.value);
          refresh(e.target.value, e.target.selectionStart ?? e.target.value.length);
        }}
        onSelect={(e) => refresh(e.currentTarget.value, e.currentTarget.selectionStart ?? 0)}
        onBlur={() => setMention(null)}
        onKeyDown={keyDown}
      />
      {open && (
        <div id={listId} role="listbox" aria-label="Mention someone" className={styles.mentionList}>
          {options.map((m, i) => (
            <div
              key={m.userId}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              data-active={i === active || undefined}
              // Keep the textarea's focus (and caret) while clicking.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m);
              }}
            >
              {m.name} <span className="muted small">{m.email}</span>
            </div>
          ))}
        </div>
      )}
    </span>
  );
}
