-- A saved version is frozen: its snapshot, mix state, song and number never change (the bounce columns
-- and approved_at are written later by the bounce job and the approval service).
CREATE FUNCTION versions_refuse_snapshot_change() RETURNS trigger AS $$
BEGIN
  IF NEW.snapshot IS DISTINCT FROM OLD.snapshot
    OR NEW.mix_state IS DISTINCT FROM OLD.mix_state
    OR NEW.song_id IS DISTINCT FROM OLD.song_id
    OR NEW.number IS DISTINCT FROM OLD.number
    OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'version % is immutable: its snapshot cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER versions_immutable BEFORE UPDATE ON versions
  FOR EACH ROW EXECUTE FUNCTION versions_refuse_snapshot_change();
