'use client';
import { useState } from 'react';
import type { VersionView } from './versionView';

/** Picks two versions and opens their comparison (newest against the one before, by default). */
export function CompareForm({ songId, versions }: { songId: string; versions: VersionView[] }) {
  const [a, setA] = useState(versions[1]?.id ?? '');
  const [b, setB] = useState(versions[0]?.id ?? '');
  const options = versions.map((v) => (
    <option key={v.id} value={v.id}>
      {v.name} — {v.label}
    </option>
  ));
  return (
    <form
      className="row"
      aria-label="Compare versions"
      action={`/songs/${songId}/versions/compare`}
      method="get"
    >
      <label>
        From{' '}
        <select name="a" value={a} onChange={(e) => setA(e.target.value)}>
          {options}
        </select>
      </label>
      <label>
        to{' '}
        <select name="b" value={b} onChange={(e) => setB(e.target.value)}>
          {options}
        </select>
      </label>
      <button type="submit" className="secondary" disabled={a === b}>
        Compare
      </button>
    </form>
  );
}
