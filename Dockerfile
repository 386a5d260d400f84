# MGI Workbench: multi-stage image. The app is Next.js' standalone server; on start the container
# migrates the database (scripts/lib/migrate.ts) and loads the indicator framework before serving.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci
COPY . .
RUN npx tsx scripts/start.ts --build-only && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 APP_HOST=0.0.0.0 PORT=3000 SKIP_BUILD=1
RUN groupadd --system mgi && useradd --system --gid mgi --home /app mgi
COPY --from=build --chown=mgi:mgi /app /app
USER mgi
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node_modules/.bin/tsx", "scripts/start.ts"]
