import { PageHeader } from "@/components/ui/page-header";

/** What a firm page shows someone who belongs to no firm yet (or when there is no event). */
export function NoFirmNotice({ title, message }: { title: string; message: string }) {
  return (
    <div>
      <PageHeader title={title} />
      <p>{message}</p>
    </div>
  );
}
