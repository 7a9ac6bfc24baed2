'use client';
import { apiRequest } from '@/components/ui/useApi';
import type { NoteView } from '@/lib/notes/noteView';

/** The notes API as the panel calls it (docs/api.md, "Notes"); each resolves with the note as it now is. */
export const noteRequests = {
  create: (
    songId: string,
    input: {
      body: string;
      startSec?: number;
      endSec?: number | null;
      versionId?: string | null;
      parentId?: string;
    },
  ) => apiRequest<{ note: NoteView }>(`/api/v1/songs/${songId}/notes`, 'POST', input).then((r) => r.note),
  edit: (noteId: string, body: string) =>
    apiRequest<{ note: NoteView }>(`/api/v1/notes/${noteId}`, 'PATCH', { body }).then((r) => r.note),
  resolve: (noteId: string) =>
    apiRequest<{ note: NoteView }>(`/api/v1/notes/${noteId}/resolve`, 'POST').then((r) => r.note),
  reopen: (noteId: string) =>
    apiRequest<{ note: NoteView }>(`/api/v1/notes/${noteId}/reopen`, 'POST').then((r) => r.note),
  remove: (noteId: string) => apiRequest<void>(`/api/v1/notes/${noteId}`, 'DELETE'),
};
