import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/**
 * The OpenAPI 3.1 document is generated from the same zod schemas the routes validate with;
 * each operation also says who may call it (`x-access`).
 */
export async function registerOpenApi(app: FastifyInstance, baseUrl: string) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tandem API',
        version: '1',
        description:
          'Every error is `{"error": {"code", "message", "fields"?}}`. Signed-in calls use the ' +
          'session cookie set by sign-in; state-changing calls with a cookie need an Origin header ' +
          'matching the app.',
      },
      servers: [{ url: baseUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tandem.session_token' },
        },
      },
    },
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      const access = input.route.config?.access;
      const schema: Record<string, unknown> = { ...result.schema, 'x-access': access };
      // Token routes carry their secret in the path, not in a session cookie.
      if (access && access !== 'public' && access !== 'token') schema.security = [{ session: [] }];
      return { ...result, schema };
    },
    transformObject: jsonSchemaTransformObject,
  });
}

/** Routes: the JSON document and a readable reference page, both public. */
export async function apiDocsRoutes(app: FastifyInstance) {
  // Routes added by the UI plugin are public documentation; declare that for all of them.
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: 'public' };
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Swagger UI sets inline style attributes; scripts stay limited to its own files.
    transformStaticCSP: (header) =>
      header.replace(/style-src ([^;]*)/, "style-src $1 'unsafe-inline'"),
    uiConfig: { docExpansion: 'list', deepLinking: true, defaultModelsExpandDepth: 0 },
  });
}
