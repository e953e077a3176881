// A session's key that stopped working since the login (revoked or expired), in the page's words:
// the login form and a refused form's page say why, or the reviewer tries the same key again.

/** As a refused form's page says it. */
export const KEY_ENDED: Record<'revoked' | 'expired', { heading: string; text: string }> = {
  revoked: { heading: 'Kunci API dicabut', text: 'Kunci API ini sudah dicabut' },
  expired: { heading: 'Kunci API kedaluwarsa', text: 'Kunci API ini sudah kedaluwarsa' },
};

/** The login form's words for a key that stopped working. */
export const keyEndedAtLogin = (ended: 'revoked' | 'expired'): string => (ended === 'expired' ? 'Kunci API sudah kedaluwarsa; minta kunci baru ke admin.' : `${KEY_ENDED.revoked.text}; minta kunci baru ke admin.`);
