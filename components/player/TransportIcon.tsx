/** The transport's glyphs as SVG (system fonts often lack ⏮ and friends). Decorative: buttons carry the names. */
export function TransportIcon({ name }: { name: 'play' | 'pause' | 'to-start' | 'loop' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
      {name === 'play' && <path d="M4 2.5v11l9-5.5z" />}
      {name === 'pause' && <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" />}
      {name === 'to-start' && <path d="M3 2.5h2v11H3zM13 2.5v11L6 8z" />}
      {name === 'loop' && (
        <path
          d="M4 5h6.5V3L14 6l-3.5 3V7H5v2.5H3V6a1 1 0 0 1 1-1zm8 6H5.5v2L2 10l3.5-3v2H11V6.5h2V10a1 1 0 0 1-1 1z"
          fillRule="evenodd"
        />
      )}
    </svg>
  );
}
