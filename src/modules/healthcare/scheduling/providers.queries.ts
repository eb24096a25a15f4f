// The calling provider's own directory entry: a definer function (app_private.my_provider_id()), because a
// provider's entry follows from the claims, not from rows the caller's policies show.
export interface MyProviderRow {
  id: string | null;
}

export const MY_PROVIDER_ID_SQL = `SELECT app_private.my_provider_id() AS id`;

// Phone and licence numbers: the request roles may not select them; a definer function answers them to admins,
// providers and the entry's own provider, and no rows to anyone else.
export interface ProviderPrivateRow {
  id: string;
  phone: string | null;
  license_number: string | null;
}

export const PROVIDER_PRIVATE_FIELDS_SQL = `SELECT id, phone, license_number FROM app_private.provider_private_fields($1::uuid[])`;
