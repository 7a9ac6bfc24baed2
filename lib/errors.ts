/** Coded application errors; turned into HTTP responses in one place (`toResponse`). */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'gone'
  | 'too_many_requests'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  gone: 410,
  too_many_requests: 429,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return STATUS[this.code];
  }

  toResponse(): Response {
    return Response.json({ error: { code: this.code, message: this.message } }, { status: this.status });
  }
}

/** Any thrown value as an HTTP response; unexpected errors are logged and hidden. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return error.toResponse();
  console.error(error);
  return new AppError('internal', 'Something went wrong on our side.').toResponse();
}
