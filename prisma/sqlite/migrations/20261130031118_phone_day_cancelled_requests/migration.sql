-- An accepted meeting called off by a firm was written WITHDRAWN, like a request taken back before an answer.
-- Those whose placed meeting was cancelled are now CANCELLED (its own migration: PostgreSQL cannot use an enum
-- value in the transaction that added it). Accepted requests cancelled before they were placed cannot be told
-- apart and stay WITHDRAWN.
UPDATE "MeetingRequest" SET "status" = 'CANCELLED'
WHERE "status" = 'WITHDRAWN' AND "id" IN (SELECT "requestId" FROM "Meeting" WHERE "status" = 'CANCELLED');
