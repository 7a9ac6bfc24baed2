/** Only same-site paths may be returned to after sign-in (no open redirect). */
export function safeCallbackUrl(value: string | undefined): string {
  if (value?.startsWith('/') && !value.startsWith('//') && !value.includes('\\')) return value;
  return '/projects';
}
