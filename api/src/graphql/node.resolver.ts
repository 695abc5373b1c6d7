import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ProductType } from '../modules/catalog/product.types.js';
import { CertificateType } from '../modules/certification/certification.types.js';
import { CommuneType } from '../modules/places/commune.types.js';
import { ProvinceType } from '../modules/places/province.types.js';
import { ProducerType } from '../modules/producers/producer.types.js';
import { BatchType } from '../modules/traceability/batch.types.js';
import { isAdmin, operatorRoleOf } from '../modules/accounts/viewer.js';
import { TourismOperatorType } from '../modules/tourism/tourism-operator.types.js';
import { PlanType } from '../modules/programme/programme.types.js';
import { mayView as mayViewSalesPoint } from '../modules/salespoints/sales-point.resolver.js';
import { SalesPointType } from '../modules/salespoints/sales-point.types.js';
import { CraftVillageType } from '../modules/craftvillages/craft-village.types.js';
import { ExperienceSlotType } from '../modules/tourism/experience-slot.types.js';
import { ExperienceType } from '../modules/tourism/experience.types.js';
import { TourismPointType } from '../modules/tourism/tourism-point.types.js';
import { isBookable } from '../modules/tourism/experience-slot.service.js';
import type { Context } from './context.js';
import { fromGlobalId } from './global-id.js';
import { Node } from './relay.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when unknown.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const ref = fromGlobalId(id);
    if (!ref) return null;
    switch (ref.type) {
      case 'Product': {
        const [product] = await ctx.services.products.byIds([ref.id]);
        return product ? ProductType.from(product) : null;
      }
      case 'Producer': {
        const producer = await ctx.loaders.producer.load(ref.id);
        return producer && ctx.services.producers.visibleTo(producer, ctx.viewer) ? ProducerType.from(producer) : null;
      }
      case 'Certificate': {
        const certificate = await ctx.loaders.certificate.load(ref.id);
        return certificate ? CertificateType.from(certificate, ctx.today) : null;
      }
      case 'Province': {
        const province = await ctx.loaders.province.load(ref.id);
        return province ? ProvinceType.from(province) : null;
      }
      case 'Commune': {
        const commune = await ctx.loaders.commune.load(ref.id);
        return commune ? CommuneType.from(commune) : null;
      }
      case 'Batch': {
        const [batch] = await ctx.services.traceability.byIds([ref.id]);
        // Like trace(code): only batches of published products are public.
        return batch && (await ctx.loaders.product.load(batch.productId)) ? BatchType.from(batch, ctx) : null;
      }
      case 'TourismOperator': {
        const operator = await ctx.loaders.tourismOperator.load(ref.id);
        // A pending operator is visible to its members and admins only.
        if (!operator || (!operator.approvedAt && !isAdmin(ctx.viewer) && !operatorRoleOf(ctx.viewer, operator.id))) return null;
        return TourismOperatorType.from(operator);
      }
      case 'ProgrammePlan': {
        const plan = await ctx.loaders.programmePlan.load(ref.id);
        return plan ? PlanType.from(plan) : null;
      }
      case 'CraftVillage': {
        const village = await ctx.loaders.craftVillage.load(ref.id);
        return village ? CraftVillageType.from(village) : null;
      }
      case 'SalesPoint': {
        const point = await ctx.loaders.salesPoint.load(ref.id);
        return mayViewSalesPoint(ctx, point) ? SalesPointType.from(point) : null;
      }
      case 'TourismPoint': {
        const point = await ctx.loaders.tourismPoint.load(ref.id);
        return point && (await ctx.services.tourismPoints.isVisible(point, ctx.viewer)) ? TourismPointType.from(point) : null;
      }
      case 'Experience': {
        const experience = await ctx.loaders.experience.load(ref.id);
        return experience && (await ctx.services.experiences.isVisible(experience, ctx.viewer)) ? ExperienceType.from(experience) : null;
      }
      case 'ExperienceSlot': {
        const [slot] = await ctx.services.experienceSlots.byIds([ref.id]);
        const experience = slot ? await ctx.loaders.experience.load(slot.experienceId) : undefined;
        if (!slot || !experience || !(await ctx.services.experiences.isVisible(experience, ctx.viewer))) return null;
        return ExperienceSlotType.from(slot, experience, experience.status === 'PUBLISHED' && isBookable(slot, experience, ctx.now));
      }
      default:
        return null;
    }
  }
}
