/** The result of an action the user just took ("Saved.", "Could not delete: …"), read out politely. */
export function OutcomeNote({
  note,
  testId,
  inline = false,
}: {
  note: { ok: boolean; text: string } | null;
  testId: string;
  /** Inline beside a button rather than on its own line. */
  inline?: boolean;
}) {
  if (!note) return null;
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag className={note.ok ? 'ok-text' : 'error-text'} role="status" data-testid={testId} data-ok={note.ok}>
      {note.text}
    </Tag>
  );
}
