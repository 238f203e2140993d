import type { AT_RISK_MESSAGES } from '../at-risk-messages';
import type { Catalog } from '../catalog';

export const atRisk: Catalog<typeof AT_RISK_MESSAGES> = {
  reconnectBefore_one: '{{network}} vor {{reconnectBy, day}} neu verbinden: {{count}} Beitrag gefährdet',
  reconnectBefore_other: '{{network}} vor {{reconnectBy, day}} neu verbinden: {{count}} Beiträge gefährdet',
  signInAgain:
    'Öffnen Sie Cadence und melden Sie sich in den Einstellungen erneut an, sonst schlagen diese Beiträge fehl.',
};
