import { otherMethods } from '@/lib/api/methods';
import { brandIndexResponse } from '@/lib/search/index-handler';

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');

/** GET /api/catalog/{CC}/brands: the country's compact brand index for type-ahead search. */
export async function GET(_request: Request, ctx: RouteContext<'/api/catalog/[country]/brands'>) {
  return brandIndexResponse((await ctx.params).country);
}
