// The front door: signed-in users go to their assessments, everyone else to sign-in.
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";

export default async function HomePage() {
  redirect((await getCurrentUser()) ? "/assessments" : "/login");
}
