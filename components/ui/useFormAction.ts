'use client';
import { type FormEvent, useState } from 'react';

/**
 * Submit handling shared by the app's small forms: reads the form, marks it busy, and turns a thrown
 * error into the message shown under the form. The action throws `Error(message)` to refuse.
 */
export function useFormAction(action: (form: FormData, element: HTMLFormElement) => Promise<void>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    setBusy(true);
    setError(null);
    try {
      await action(new FormData(element), element);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return { onSubmit, error, busy };
}
