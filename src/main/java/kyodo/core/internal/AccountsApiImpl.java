package kyodo.core.internal;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
class AccountsApiImpl implements AccountsApi {

    private final AccountRepository accounts;
    private final AccountService service;

    AccountsApiImpl(AccountRepository accounts, AccountService service) {
        this.accounts = accounts;
        this.service = service;
    }

    @Override
    @Transactional
    public Optional<AccountSummary> find(long accountId) {
        return accounts.findById(accountId).map(a -> summary(service.view(a)));
    }

    @Override
    @Transactional
    public List<AccountSummary> findAll(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return service.views(accounts.findByIdIn(accountIds)).stream().map(AccountsApiImpl::summary).toList();
    }

    @Override
    @Transactional
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(AccountService.normalizeEmail(email)).map(a -> summary(service.view(a)));
    }

    @Override
    @Transactional
    public List<AccountSummary> withRole(Role role) {
        return findAll(accounts.findIdsWithRole(role.name()));
    }

    @Override
    public Optional<Long> accountId(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(authentication.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static AccountSummary summary(AccountService.AccountView v) {
        return new AccountSummary(v.id(), v.displayName(), v.nameKana(), v.email(), v.area(), v.schoolDistrict(),
                v.roles());
    }
}
