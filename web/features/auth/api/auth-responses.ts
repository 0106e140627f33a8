import type { Me } from '../../../../common/schemas/account.ts';

// The server's sign-in and sign-up answer (`userResponse` in server/features/auth) is not
// exported from common/ yet; until it is, it is spelled with the shared `Me`, never field by field.
export type SignedIn = { user: Me };
