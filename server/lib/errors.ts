import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorBody, type ErrorCode, errorStatus } from '../../common/errors.ts';

/** The one error type the app throws on purpose. The status follows from the code. */
export class AppError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = errorStatus[code];
  }
}

export function errorBody(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/** `/items/0/title` in the body → `items.0.title`; other parts keep their name: `query.limit`. */
function fieldPath(context: string | undefined, instancePath: string): string {
  const inner = instancePath.split('/').filter(Boolean).join('.');
  const prefix = context && context !== 'body' ? context.replace('querystring', 'query') : '';
  return [prefix, inner].filter(Boolean).join('.') || prefix || 'body';
}

// Fastify's own client errors, translated to our codes. Anything else with a 4xx status keeps
// its status and gets the generic code for it.
const fastifyCodes: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Send the request body as JSON.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['validation_failed', 'The Content-Length header is wrong.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_json', 'The JSON body is empty.'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 'The request body is not valid JSON.'],
};

const genericByStatus: Record<number, [ErrorCode, string]> = {
  400: ['validation_failed', 'The request is not valid.'],
  401: ['unauthenticated', 'Sign in to continue.'],
  403: ['forbidden', 'You are not allowed to do that.'],
  404: ['not_found', 'Not found.'],
  409: ['conflict', 'That conflicts with the current state.'],
  413: ['payload_too_large', 'The request body is too large.'],
  415: ['unsupported_media_type', 'Send the request body as JSON.'],
  429: ['rate_limited', 'Too many requests. Try again later.'],
};

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.statusCode)
        .send(errorBody(error.code, error.message, error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const key = fieldPath(error.validationContext, issue.instancePath);
        fields[key] ??= issue.message ?? 'Invalid value.';
      }
      return reply
        .status(400)
        .send(errorBody('validation_failed', 'Some fields need attention.', fields));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) {
      const [code, message] = known;
      return reply.status(errorStatus[code]).send(errorBody(code, message));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const [code, message] = genericByStatus[status] ?? [
        'validation_failed',
        'The request is not valid.',
      ];
      return reply.status(status).send(errorBody(code, message));
    }
    // A 5xx: log everything, show nothing but the request id to correlate with the logs.
    request.log.error({ err: error }, 'request failed');
    return reply
      .status(500)
      .send(errorBody('internal', `Something went wrong on our side. Reference: ${request.id}.`));
  });
}
