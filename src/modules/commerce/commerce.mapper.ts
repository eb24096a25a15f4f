// Entities -> response DTOs. Money stays a string of minor units throughout.
import type { CartItemDto } from './dto/cart.dto';
import type { OrderDto, OrderItemDto } from './dto/order.dto';
import type { PrescriptionDto } from './dto/prescription.dto';
import type { ProductDto, RecallEntryDto } from './dto/product.dto';
import type { CartItem, Order, OrderItem, Prescription, Product } from './entities';

export function toProductDto(p: Product): ProductDto {
  return {
    id: p.id,
    orgId: p.orgId,
    name: p.name,
    description: p.description,
    treatmentId: p.treatmentId,
    manufacturer: p.manufacturer,
    batchLotInfo: p.batchLotInfo,
    sku: p.sku,
    price: p.price,
    currency: p.currency,
    inventoryCount: p.inventoryCount,
    isPrescriptionRequired: p.isPrescriptionRequired,
    status: p.status,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function toCartItemDto(c: CartItem & { product: Product }): CartItemDto {
  return {
    id: c.id,
    productId: c.productId,
    productName: c.product.name,
    sku: c.product.sku,
    quantity: c.quantity,
    price: c.product.price,
    currency: c.product.currency,
    isPrescriptionRequired: c.product.isPrescriptionRequired,
    available: c.product.status === 'active',
    addedAt: c.addedAt,
    updatedAt: c.updatedAt,
  };
}

export function toPrescriptionDto(r: Prescription): PrescriptionDto {
  return {
    id: r.id,
    patientId: r.patientId,
    providerId: r.providerId,
    productId: r.productId,
    quantity: r.quantity,
    quantityUsed: r.quantityUsed,
    quantityRemaining: r.quantity - r.quantityUsed,
    expiresAt: r.expiresAt,
    notes: r.notes,
    createdAt: r.createdAt,
  };
}

export function toOrderItemDto(i: OrderItem): OrderItemDto {
  return {
    id: i.id,
    productId: i.productId,
    productName: i.productName,
    sku: i.sku,
    quantity: i.quantity,
    pricePerUnit: i.pricePerUnit,
    currency: i.currency,
    batchLotInfo: i.batchLotInfo,
    prescriptionId: i.prescriptionId,
  };
}

export function toOrderDto(o: Order, items: OrderItem[]): OrderDto {
  return {
    id: o.id,
    patientId: o.patientId,
    orderDate: o.orderDate,
    status: o.status,
    totalAmount: o.totalAmount,
    currency: o.currency,
    paymentMethod: o.paymentMethod,
    paymentId: o.paymentId,
    holdExpiresAt: o.holdExpiresAt,
    shippingAddress: o.shippingAddress,
    billingAddress: o.billingAddress,
    ...(o.stripeRefundStatus
      ? {
          stripeRefund: {
            status: o.stripeRefundStatus,
            refundId: o.stripeRefundId,
            error: o.stripeRefundError,
            attempts: o.stripeRefundAttempts,
            reason: o.stripeRefundReason ?? (o.status === 'refunded' ? 'order_refunded' : 'order_cancelled'),
          },
        }
      : {}),
    items: items.map(toOrderItemDto),
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}

export function toRecallEntryDto(i: OrderItem & { order: Order }): RecallEntryDto {
  return {
    id: i.id,
    orderId: i.orderId,
    patientId: i.order.patientId,
    orderDate: i.order.orderDate,
    orderStatus: i.order.status,
    quantity: i.quantity,
    batchLotInfo: i.batchLotInfo ?? '',
    soldAt: i.createdAt,
  };
}
