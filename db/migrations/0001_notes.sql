CREATE TABLE "notes" (
	"id" text PRIMARY KEY NOT NULL,
	"song_id" text NOT NULL,
	"version_id" text,
	"parent_id" text,
	"author_id" text,
	"start_sec" double precision NOT NULL,
	"end_sec" double precision,
	"body" text NOT NULL,
	"mention_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"reopened_at" timestamp with time zone,
	"reopened_by" text,
	CONSTRAINT "notes_start_non_negative" CHECK ("notes"."start_sec" >= 0),
	CONSTRAINT "notes_range_ordered" CHECK ("notes"."end_sec" IS NULL OR "notes"."end_sec" > "notes"."start_sec")
);
--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_song_id_songs_id_fk" FOREIGN KEY ("song_id") REFERENCES "public"."songs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_parent_id_notes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_reopened_by_users_id_fk" FOREIGN KEY ("reopened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notes_song_idx" ON "notes" USING btree ("song_id","start_sec");--> statement-breakpoint
CREATE INDEX "notes_parent_idx" ON "notes" USING btree ("parent_id");