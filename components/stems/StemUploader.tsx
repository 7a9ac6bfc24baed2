'use client';
import { useRouter } from 'next/navigation';
import { type DragEvent, useRef, useState } from 'react';

interface UploadItem {
  key: string;
  name: string;
  sizeBytes: number;
  loadedBytes: number;
  state: 'waiting' | 'uploading' | 'checking' | 'done' | 'failed';
  error?: string;
}

const CONCURRENCY = 2;

/** Upload several stems at once, each with its own progress bar; refusals say why, per file. */
export function StemUploader({ songId, maxUploadBytes }: { songId: string; maxUploadBytes: number }) {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<UploadItem[]>([]);
  const [dragging, setDragging] = useState(false);

  const update = (key: string, patch: Partial<UploadItem>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  function uploadOne(file: File, key: string): Promise<void> {
    return new Promise((resolve) => {
      if (file.size > maxUploadBytes) {
        update(key, { state: 'failed', error: 'Larger than the upload limit.' });
        resolve();
        return;
      }
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `/api/v1/songs/${songId}/stems`);
      xhr.setRequestHeader('content-type', 'application/octet-stream');
      xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
      xhr.upload.onprogress = (e) => update(key, { state: 'uploading', loadedBytes: e.loaded });
      xhr.upload.onload = () => update(key, { state: 'checking', loadedBytes: file.size });
      xhr.onload = () => {
        if (xhr.status === 201) update(key, { state: 'done', loadedBytes: file.size });
        else {
          let message = `Upload failed (${xhr.status}).`;
          try {
            message = (JSON.parse(xhr.responseText) as { error: { message: string } }).error.message;
          } catch {}
          update(key, { state: 'failed', error: message });
        }
        resolve();
      };
      xhr.onerror = () => {
        update(key, { state: 'failed', error: 'The connection was lost during the upload.' });
        resolve();
      };
      update(key, { state: 'uploading' });
      xhr.send(file);
    });
  }

  async function start(files: File[]) {
    if (files.length === 0) return;
    const batch = files.map((file, i) => ({ file, key: `${Date.now()}-${i}-${file.name}` }));
    setItems((all) => [
      ...all,
      ...batch.map(({ file, key }) => ({
        key,
        name: file.name,
        sizeBytes: file.size,
        loadedBytes: 0,
        state: 'waiting' as const,
      })),
    ]);
    const queue = [...batch];
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await uploadOne(next.file, next.key);
      }),
    );
    router.refresh();
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void start(Array.from(event.dataTransfer.files));
  }

  return (
    <section className="card stack" aria-label="Upload stems">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a pointer shortcut; the button below is the keyboard path. */}
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop WAV, FLAC or MP3 stems here, or</p>
        <button type="button" className="secondary" onClick={() => inputRef.current?.click()}>
          Choose files…
        </button>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept=".wav,.wave,.flac,.mp3,audio/*"
          aria-label="Stem files"
          hidden
          onChange={(e) => {
            void start(Array.from(e.currentTarget.files ?? []));
            e.currentTarget.value = '';
          }}
        />
      </div>
      {items.length > 0 && (
        <ul className="list" aria-label="Uploads">
          {items.map((item) => (
            <li key={item.key} className="stack" data-state={item.state}>
              <div className="row">
                <strong>{item.name}</strong>
                <span className="muted small">{uploadLabel(item)}</span>
              </div>
              <progress
                max={item.sizeBytes || 1}
                value={item.loadedBytes}
                aria-label={`Upload progress of ${item.name}`}
              />
              {item.error && (
                <p role="alert" className="error small">
                  {item.name}: {item.error}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function uploadLabel(item: UploadItem): string {
  switch (item.state) {
    case 'waiting':
      return 'Waiting…';
    case 'uploading':
      return `${Math.round((100 * item.loadedBytes) / Math.max(1, item.sizeBytes))}%`;
    case 'checking':
      return 'Checking the file…';
    case 'done':
      return 'Uploaded';
    case 'failed':
      return 'Refused';
  }
}
