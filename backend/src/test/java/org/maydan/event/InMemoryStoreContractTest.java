package org.maydan.event;

import org.maydan.article.InMemoryArticleStore;

/** Holds the in-memory fake to the store contract, so web tests on it are worth trusting. */
class InMemoryStoreContractTest extends StoreContractTest {

    @Override
    protected Stores emptyStores() {
        InMemoryArticleStore articles = new InMemoryArticleStore();
        return new Stores(articles, new InMemoryEventStore(articles));
    }
}
