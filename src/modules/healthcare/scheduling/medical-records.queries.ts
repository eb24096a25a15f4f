// The reason of an amendment reaches the amendment trigger on medical_records (which writes the replaced version)
// as a transaction-local setting, the way the claims do: the trigger refuses a content change without it and
// consumes it, so one reason amends one record once.
export const SET_AMENDMENT_REASON_SQL = `SELECT set_config('carebase.amendment_reason', $1, true)`;
