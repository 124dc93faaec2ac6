# syntax=docker/dockerfile:1
#
# The clinic site as one self-contained Node server, built from Next's standalone output.
#
#   docker build -t clinic-site .
#   docker run -p 3000:3000 -e PAYLOAD_SECRET=… -e DATABASE_URI=mongodb://… clinic-site
#
# docker-compose.yml builds this image and runs it against MongoDB.

# 22: Node 20 reached its end of life in April 2026, and the Redis cache handler
# (@fortedigital/nextjs-cache-handler) declares Node 22 or later.
ARG NODE_VERSION=22

# ---------------------------------------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

# ---------------------------------------------------------------------------------------------
# Dependencies, including devDependencies: `next build` type-checks with TypeScript.
# Debian (glibc) rather than Alpine so npm picks the prebuilt linux-*-gnu binaries of sharp and
# libsql from the lockfile; no compiler is needed.
FROM base AS deps
COPY package.json package-lock.json ./
# postinstall applies these to node_modules (patch-package); see docs/architecture.md.
COPY patches ./patches
RUN npm ci --no-audit --no-fund

# ---------------------------------------------------------------------------------------------
FROM base AS builder
COPY --from=deps /app/node_modules ./node_modules
COPY . .

# NEXT_PUBLIC_SERVER_URL is deliberately NOT set here: Next inlines NEXT_PUBLIC_* values that
# exist at build time, and left unset the server keeps reading it from the environment at
# runtime (nothing in the browser bundle uses it). One image then serves any address.
#
# `next build` loads payload.config.ts in production mode, which refuses to run without
# PAYLOAD_SECRET, and a database adapter is configured from DATABASE_URI. Give the build a
# throwaway secret and a throwaway SQLite path that live only in this RUN step: neither reaches
# the final image, and the real secret is only ever read from the environment at runtime.
# Static pages are prerendered from that empty, migrated SQLite file; the server expires them all
# at start-up (src/instrumentation.ts), so they are rendered again from the real database.
# (Start-up work - migrations, seeding, the job queue - is skipped in the build phase: see
# src/instrumentation.ts and src/db/onInit.ts.)
RUN mkdir -p /tmp/next-build \
 && NEXT_OUTPUT=standalone \
    PAYLOAD_SECRET=build-time-only-not-a-real-secret \
    DATABASE_URI=file:/tmp/next-build/clinic.db \
    npm run build \
 && rm -rf /tmp/next-build

# ---------------------------------------------------------------------------------------------
FROM base AS runner
ENV NODE_ENV=production \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    MEDIA_DIR=/app/data/media

# The standalone server with only the node_modules it traced (sharp, libsql and their native
# binaries for this platform among them), plus what it does not copy: static assets and public/.
# SQL migrations are compiled into the server bundle (src/migrations is imported by
# src/db/adapter.ts and applied through `prodMigrations`); `migrationDir` is only read by the
# `payload migrate:*` CLI. The trace also copies a few source files along; the server never
# reads them (checked by starting it without them on an empty database).
COPY --from=builder /app/public ./public
COPY --from=builder /app/.next/standalone ./
COPY --from=builder /app/.next/static ./.next/static

# Run as the image's unprivileged `node` user. It owns only what the server writes: uploads
# (and the SQLite file, if no DATABASE_URI is given) under data/, and Next's image cache.
RUN mkdir -p /app/data/media /app/.next/cache \
 && chown -R node:node /app/data /app/.next/cache
USER node

# Uploaded images. A new named volume mounted here inherits the `node` ownership set above.
# With SQLite (no DATABASE_URI) the database file is /app/data/clinic.db: keep it in a volume
# too, e.g. `-v clinic-db:/app/data -v clinic-media:/app/data/media`.
VOLUME ["/app/data/media"]

EXPOSE 3000

# The home page reads the database, so this checks the whole path. The first start applies
# migrations and may seed the demo content, hence the generous start period.
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

# PAYLOAD_SECRET must come from the environment; the server refuses to start without it.
CMD ["node", "server.js"]
