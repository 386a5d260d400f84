import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Routes and components read through lib/domain/*/queries.ts, behind the access guard: never the client itself.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: "Read through lib/domain/<aggregate>/queries.ts; write through a service." },
            { name: "@/lib/db/client", message: "Read through lib/domain/<aggregate>/queries.ts; write through a service." },
          ],
          patterns: [
            {
              group: ["@/lib/generated/prisma/client", "@prisma/client", "@prisma/adapter-pg", "postgres"],
              allowTypeImports: true,
              message: "No database access in routes or components.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "lib/generated/**", "test-results/**", "playwright-report/**"]),
]);
