// `--endpoints <json file>`: where each network's API lives in this run, so end-to-end tests can
// point every network at its fake. Shaped like ConnectorContext.endpoints, for example
// {"x": {"api": "http://127.0.0.1:5001", "authorize": "http://127.0.0.1:5001/i/oauth2/authorize",
// "redirectPort": "18734"}}.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Network } from '../shared/entities';
import type { ConnectorContext } from '../core/connectors/connector';

const EndpointsFile = z.partialRecord(Network, z.record(z.string(), z.string()));

export function readEndpointsFile(path: string): NonNullable<ConnectorContext['endpoints']> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `--endpoints: could not read ${path} as JSON (${error instanceof Error ? error.message : String(error)}).`,
      {
        cause: error,
      },
    );
  }
  const parsed = EndpointsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `--endpoints: ${path} is not a map of networks to addresses (${issue.path.join('.') || 'top'}: ${issue.message}).`,
    );
  }
  return parsed.data;
}
