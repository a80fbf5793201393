/** A new record id: random, so records made on two devices never collide when merged. */
export function newId(): string {
  return crypto.randomUUID();
}
