/** Rules about the address itself. */
import { evidence } from '../../../shared/evidence.js';
import type { Rule } from './rule.js';

/** domain_not_found: the address's domain does not exist or takes no mail. */
export const domainNotFound: Rule = {
  code: 'domain_not_found',
  when: (f) => {
    if (f.domainMissing === null || !f.mx) return null;
    const domain = f.input.email.domain;
    return {
      confidence: f.domainMissing === 'nxdomain' ? 'high' : 'medium',
      evidence: [
        evidence('domain_missing', 'problem', { domain, reason: f.domainMissing }, [f.mx]),
      ],
      recommended: null,
    };
  },
};
