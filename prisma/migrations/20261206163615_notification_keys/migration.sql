-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "key" TEXT,
ADD COLUMN     "params" JSONB;
