CREATE TABLE "approvals" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"user_id" text,
	"role" text NOT NULL,
	"decision" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "versions" (
	"id" text PRIMARY KEY NOT NULL,
	"song_id" text NOT NULL,
	"number" integer NOT NULL,
	"label" text NOT NULL,
	"author_id" text,
	"snapshot" "bytea" NOT NULL,
	"mix_state" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"bounce_state" text DEFAULT 'queued' NOT NULL,
	"bounce_progress" real DEFAULT 0 NOT NULL,
	"bounce_error" text,
	"bounce_sha256" text,
	"bounce_sample_rate" integer,
	"bounce_duration_sec" double precision,
	"loudness" jsonb,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "versions" ADD CONSTRAINT "versions_song_id_songs_id_fk" FOREIGN KEY ("song_id") REFERENCES "public"."songs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "versions" ADD CONSTRAINT "versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approvals_version_idx" ON "approvals" USING btree ("version_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "versions_song_number_idx" ON "versions" USING btree ("song_id","number");--> statement-breakpoint
CREATE INDEX "versions_bounce_idx" ON "versions" USING btree ("bounce_state","created_at");