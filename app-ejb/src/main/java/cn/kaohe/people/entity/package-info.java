/** JPA entities of the people feature: {@link cn.kaohe.people.entity.AppUser} with roles and units. */
package cn.kaohe.people.entity;
