import { Check, Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Organization, User } from '../../identity/entities';

/** A user's own embedding with its context (seed L: the API speaks {"vector": [...]}; stored as real[]). */
@Entity({ name: 'vector_memory' })
@Index('vector_memory_user_revision_idx', { synchronize: false }) // (user_id, org_id, revision) INCLUDE (id)
@Index('vector_memory_org_user_idx', ['orgId', 'userId'])
@Index('vector_memory_created_idx', { synchronize: false }) // (user_id, created_at DESC, id DESC)
@Check(
  'vector_memory_embedding_check',
  `array_ndims(embedding) = 1 AND cardinality(embedding) BETWEEN 1 AND 4096 AND array_position(embedding, NULL) IS NULL`,
)
@Check('vector_memory_context_check', `length(context) <= 8000`)
export class VectorMemory {
  @PrimaryColumn({ type: 'uuid', insert: false, update: false })
  @Generated('uuid')
  id!: string;
  @Column({ name: 'org_id', type: 'uuid', default: () => 'auth_org_id()', insert: false, update: false })
  orgId!: string;
  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id', foreignKeyConstraintName: 'vector_memory_org_id_fkey' })
  org?: Organization;
  @Column({ name: 'user_id', type: 'uuid', default: () => 'auth.uid()', insert: false, update: false })
  userId!: string;
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'vector_memory_user_id_fkey' })
  user?: User;
  @Column({ type: 'real', array: true }) embedding!: number[];
  @Column({ type: 'text', nullable: true }) context!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  createdAt!: Date;
  /** Kept by the updated_at trigger. */
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()', insert: false, update: false })
  updatedAt!: Date;
  /** The owner's change counter at this row's last write (trigger; the vector search's freshness check). */
  @Column({ type: 'bigint', default: 0, insert: false, update: false })
  revision!: string;
}
