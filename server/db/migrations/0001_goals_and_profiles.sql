CREATE TABLE "goal_progress_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"success_criterion" text DEFAULT '' NOT NULL,
	"target_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "profile_experiences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"experience" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"scope" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"is_mentor" boolean DEFAULT false NOT NULL,
	"is_mentee" boolean DEFAULT false NOT NULL,
	"career_stage" text,
	"headline" text DEFAULT '' NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"years_experience" integer,
	"current_role" text,
	"stack" text[] DEFAULT '{}'::text[] NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"education" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer DEFAULT 2 NOT NULL,
	"accepting_requests" boolean DEFAULT false NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"looking_for" text DEFAULT '' NOT NULL,
	"target_role" text DEFAULT '' NOT NULL,
	"want_stack" text[] DEFAULT '{}'::text[] NOT NULL,
	"want_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"preferred_languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"time_zone_window_hours" integer,
	"wanted_experiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', search_text)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "goal_progress_notes" ADD CONSTRAINT "goal_progress_notes_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_experiences" ADD CONSTRAINT "profile_experiences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_progress_notes_goal_idx" ON "goal_progress_notes" USING btree ("goal_id","created_at");--> statement-breakpoint
CREATE INDEX "goals_owner_created_idx" ON "goals" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "profile_experiences_user_experience_idx" ON "profile_experiences" USING btree ("user_id","experience");--> statement-breakpoint
CREATE INDEX "profiles_search_idx" ON "profiles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "profiles_stack_idx" ON "profiles" USING gin ("stack");--> statement-breakpoint
CREATE INDEX "profiles_areas_idx" ON "profiles" USING gin ("areas");--> statement-breakpoint
CREATE INDEX "profiles_topics_idx" ON "profiles" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "profiles_languages_idx" ON "profiles" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "profiles_mentor_updated_idx" ON "profiles" USING btree ("is_mentor","updated_at");