import type { z } from 'zod';
import { UsageError } from './usageError';

/**
 * Parses what the user gave with the contract's own schema, so the CLI refuses exactly what the
 * app refuses, in the same Japanese words. A refusal is a usage error (exit 2).
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, command: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ・${issue.message}`);
  throw new UsageError(['入力内容に誤りがあります。', ...lines].join('\n'), {
    command,
    showUsage: false,
  });
}
