// The entities this module owns, registered with TypeOrmModule.forFeature in its module and listed in
// src/entities.ts for the CLI, the drift test and the schema diagram.
import { CartItem } from './cart-item.entity';
import { OrderItem } from './order-item.entity';
import { Order } from './order.entity';
import { Prescription } from './prescription.entity';
import { Product } from './product.entity';

export { CartItem, Order, OrderItem, Prescription, Product };
export * from './order.entity';
export * from './product.entity';
export const COMMERCE_ENTITIES: Function[] = [Product, CartItem, Prescription, Order, OrderItem];
