/** auth_failed: the login test on the recommended server was refused. */
import { action, evidence } from '../../../shared/evidence.js';
import type { VerdictDefinition } from './verdict.js';

/**
 * auth_failed: a login test on the recommended server was refused. The recommended settings stay:
 * the server is right, the password is not.
 */
export const authFailed: VerdictDefinition = {
  code: 'auth_failed',
  blockedAt: 'server',
  actions: [action('retype_password')],
  labScenarios: ['wrong_password'],
  when: (f) => {
    if (!f.choice || f.login?.outcome !== 'rejected') return null;
    const login = f.login;
    const provider = f.input.provider;
    const needsAppPassword =
      provider?.appPassword === 'available' || provider?.appPassword === 'required';
    return {
      confidence: 'high',
      evidence: [
        evidence('auth_rejected', 'problem', { host: login.host, detail: login.detail }, [login]),
      ],
      recommended: f.choice.settings,
      // App-password advice only where the provider's data says it has them, never by default.
      actions:
        provider && needsAppPassword
          ? [action('retype_password'), action('app_password', { provider: provider.name })]
          : [action('retype_password')],
    };
  },
};
